stub: upstream file of 855662 bytes
