stub: upstream file of 283684 bytes
