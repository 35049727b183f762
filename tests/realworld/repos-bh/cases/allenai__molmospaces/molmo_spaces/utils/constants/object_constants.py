stub: upstream file of 17631 bytes
