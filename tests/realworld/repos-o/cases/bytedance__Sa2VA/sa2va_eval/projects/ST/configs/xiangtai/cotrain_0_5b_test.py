stub: upstream file of 18378 bytes
