stub: upstream file of 10834 bytes
