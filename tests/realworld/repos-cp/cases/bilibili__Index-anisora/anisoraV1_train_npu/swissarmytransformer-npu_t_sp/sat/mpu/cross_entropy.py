stub: upstream file of 4716 bytes
