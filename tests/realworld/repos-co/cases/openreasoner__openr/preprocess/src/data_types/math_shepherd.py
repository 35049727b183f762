stub: upstream file of 717 bytes
