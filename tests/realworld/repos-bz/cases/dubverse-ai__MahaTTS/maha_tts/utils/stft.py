stub: upstream file of 4373 bytes
