stub: upstream file of 4733 bytes
