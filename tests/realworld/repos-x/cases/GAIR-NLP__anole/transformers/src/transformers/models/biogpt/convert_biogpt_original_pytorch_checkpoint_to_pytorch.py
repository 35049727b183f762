stub: upstream file of 10578 bytes
