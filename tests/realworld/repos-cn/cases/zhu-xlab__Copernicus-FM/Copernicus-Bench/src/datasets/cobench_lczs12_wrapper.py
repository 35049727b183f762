stub: upstream file of 9883 bytes
