stub: upstream file of 9911 bytes
