stub: upstream file of 2089 bytes
