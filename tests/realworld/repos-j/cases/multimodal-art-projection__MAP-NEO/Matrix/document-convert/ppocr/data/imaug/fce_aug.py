stub: upstream file of 20922 bytes
