stub: upstream file of 72922 bytes
