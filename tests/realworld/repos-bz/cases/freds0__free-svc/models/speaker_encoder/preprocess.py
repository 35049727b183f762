stub: upstream file of 12834 bytes
