stub: upstream file of 32677 bytes
