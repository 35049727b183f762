stub: upstream file of 11045 bytes
