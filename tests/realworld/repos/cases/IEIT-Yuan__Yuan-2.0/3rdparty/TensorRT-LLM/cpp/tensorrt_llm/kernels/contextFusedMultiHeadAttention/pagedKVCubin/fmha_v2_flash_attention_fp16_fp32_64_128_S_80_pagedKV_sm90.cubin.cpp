stub: upstream file of 766447 bytes
