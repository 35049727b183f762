stub: upstream file of 3834 bytes
