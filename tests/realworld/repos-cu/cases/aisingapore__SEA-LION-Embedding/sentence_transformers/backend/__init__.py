stub: upstream file of 687 bytes
