stub: upstream file of 15926 bytes
