stub: upstream file of 5135 bytes
