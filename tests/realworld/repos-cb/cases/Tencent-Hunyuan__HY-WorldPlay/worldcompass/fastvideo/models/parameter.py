stub: upstream file of 14806 bytes
