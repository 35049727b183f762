stub: upstream file of 759041 bytes
