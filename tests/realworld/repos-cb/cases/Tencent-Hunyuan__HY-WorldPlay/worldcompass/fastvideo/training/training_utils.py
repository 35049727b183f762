stub: upstream file of 62834 bytes
