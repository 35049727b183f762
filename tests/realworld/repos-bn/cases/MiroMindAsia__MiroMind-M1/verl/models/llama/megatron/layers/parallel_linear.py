stub: upstream file of 3578 bytes
