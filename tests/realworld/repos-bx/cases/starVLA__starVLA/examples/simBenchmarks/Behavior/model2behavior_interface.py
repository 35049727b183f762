stub: upstream file of 16653 bytes
