stub: upstream file of 36447 bytes
