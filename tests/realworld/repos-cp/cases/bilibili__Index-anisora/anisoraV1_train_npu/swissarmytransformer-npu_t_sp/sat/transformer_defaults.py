stub: upstream file of 19687 bytes
