stub: upstream file of 17447 bytes
