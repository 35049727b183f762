stub: upstream file of 7621 bytes
