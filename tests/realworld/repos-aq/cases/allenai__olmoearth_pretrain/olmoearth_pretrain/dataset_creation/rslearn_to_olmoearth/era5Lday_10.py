stub: upstream file of 6617 bytes
