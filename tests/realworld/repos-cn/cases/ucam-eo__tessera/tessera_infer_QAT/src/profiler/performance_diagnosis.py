stub: upstream file of 5422 bytes
