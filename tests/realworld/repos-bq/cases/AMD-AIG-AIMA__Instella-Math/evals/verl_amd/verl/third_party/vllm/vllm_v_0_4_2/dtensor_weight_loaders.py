stub: upstream file of 12378 bytes
