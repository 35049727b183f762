stub: upstream file of 72529 bytes
