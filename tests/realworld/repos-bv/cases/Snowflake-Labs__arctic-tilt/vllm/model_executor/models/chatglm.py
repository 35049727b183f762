stub: upstream file of 18716 bytes
