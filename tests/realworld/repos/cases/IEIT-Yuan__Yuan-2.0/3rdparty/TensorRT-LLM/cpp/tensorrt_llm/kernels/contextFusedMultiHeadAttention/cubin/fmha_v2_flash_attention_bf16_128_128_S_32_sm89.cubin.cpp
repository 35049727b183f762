stub: upstream file of 923534 bytes
