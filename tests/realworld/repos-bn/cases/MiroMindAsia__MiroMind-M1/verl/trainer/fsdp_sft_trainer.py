stub: upstream file of 26471 bytes
