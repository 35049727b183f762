stub: upstream file of 424654 bytes
