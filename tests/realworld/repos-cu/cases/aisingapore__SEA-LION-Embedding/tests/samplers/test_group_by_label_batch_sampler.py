stub: upstream file of 3863 bytes
