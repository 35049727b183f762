stub: upstream file of 2609 bytes
