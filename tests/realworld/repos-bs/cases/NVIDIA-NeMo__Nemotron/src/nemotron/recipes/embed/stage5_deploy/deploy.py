stub: upstream file of 19922 bytes
