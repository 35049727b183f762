stub: upstream file of 3687 bytes
