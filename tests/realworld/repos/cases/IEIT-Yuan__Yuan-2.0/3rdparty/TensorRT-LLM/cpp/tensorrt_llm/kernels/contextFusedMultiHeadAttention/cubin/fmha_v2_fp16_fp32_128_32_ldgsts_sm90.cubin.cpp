stub: upstream file of 911624 bytes
