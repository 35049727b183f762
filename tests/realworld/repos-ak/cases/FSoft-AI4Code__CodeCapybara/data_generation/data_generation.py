stub: upstream file of 14937 bytes
