stub: upstream file of 5151 bytes
