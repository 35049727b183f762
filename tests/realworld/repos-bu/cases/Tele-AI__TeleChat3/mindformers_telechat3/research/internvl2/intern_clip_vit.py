stub: upstream file of 18956 bytes
