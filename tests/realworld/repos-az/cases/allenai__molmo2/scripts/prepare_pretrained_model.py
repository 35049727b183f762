stub: upstream file of 21661 bytes
