stub: upstream file of 30735 bytes
