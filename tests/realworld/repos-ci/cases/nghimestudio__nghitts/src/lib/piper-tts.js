stub: upstream file of 12203 bytes
