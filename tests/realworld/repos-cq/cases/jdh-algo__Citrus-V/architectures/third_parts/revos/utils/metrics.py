stub: upstream file of 7922 bytes
