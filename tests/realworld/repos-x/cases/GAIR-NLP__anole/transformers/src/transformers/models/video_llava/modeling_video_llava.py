stub: upstream file of 35922 bytes
