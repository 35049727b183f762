stub: upstream file of 5375 bytes
