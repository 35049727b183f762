stub: upstream file of 81742 bytes
